{#- How many units one reported unit stands for: million -> 1e6, crore -> 1e7, lakh -> 1e5. -#}
{% macro scale_factor(unit_column) -%}
    case {{ unit_column }}
        when 'thousand' then 1e3
        when 'lakh' then 1e5
        when 'million' then 1e6
        when 'crore' then 1e7
        when 'billion' then 1e9
        when 'trillion' then 1e12
        else 1
    end
{%- endmacro %}
