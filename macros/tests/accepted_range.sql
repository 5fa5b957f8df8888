{#- Rows whose value lies outside [min_value, max_value]; nulls pass. -#}
{% test accepted_range(model, column_name, min_value=none, max_value=none) -%}
    {%- set low = min_value if min_value is not none else '-1e308' -%}
    {%- set high = max_value if max_value is not none else '1e308' -%}
    select *
    from {{ model }}
    where
        {{ column_name }} is not null
        and ({{ column_name }} < {{ low }} or {{ column_name }} > {{ high }})
{%- endtest %}
