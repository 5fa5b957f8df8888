{#- A money amount as written (value, unit, USD rate of its currency) in USD millions. -#}
{% macro usd_millions(value_column, unit_column, rate_column) -%}
    cast({{ value_column }} as double) * {{ scale_factor(unit_column) }} * {{ rate_column }} / 1e6
{%- endmacro %}
