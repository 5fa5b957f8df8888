{#- The rows an incremental model already holds: select `columns` from it; on a full build, no rows.
    Lets a model keep one code path: "new" = not already built. Columns are read as strings. -#}
{% macro already_built(columns) -%}
    {%- if is_incremental() -%}
        select {{ columns | join(', ') }} from {{ this }}
    {%- else -%}
        select
        {%- for column in columns %} cast(null as {{ dbt.type_string() }}) as {{ column }}{{ "," if not loop.last }}
        {%- endfor %}
        where false
    {%- endif -%}
{%- endmacro %}
