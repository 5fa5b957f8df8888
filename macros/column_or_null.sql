{#- `name` of the relation when it has that column, else a null of `data_type` named so: a raw table of a
    warehouse that an earlier version of the loaders wrote lacks the columns added since (the next load adds
    them), and `dbt build` run by hand on it still builds. -#}
{% macro column_or_null(relation, name, data_type) -%}
    {%- if execute and name not in adapter.get_columns_in_relation(relation) | map(attribute='name') | list -%}
        cast(null as {{ data_type }}) as {{ name }}
    {%- else -%}
        {{ name }}
    {%- endif -%}
{%- endmacro %}
