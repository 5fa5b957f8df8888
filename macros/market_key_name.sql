{#- The comparable form of a market name: lowercase, no "global" prefix, no "market" suffix, single spaces. -#}
{% macro normalized_market_name(column) -%}
    trim(regexp_replace(regexp_replace(regexp_replace(lower(trim({{ column }})), '^(the |global |worldwide )+', ''), '( market| industry)$', ''), '\s+', ' ', 'g'))
{%- endmacro %}
