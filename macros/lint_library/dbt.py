"""Stand-ins for dbt's cross-database macros, so sqlfluff can render models without a dbt run."""


def hash(field: str) -> str:  # noqa: A001 - mirrors dbt.hash
    return f"md5(cast({field} as varchar))"


def concat(fields: list[str]) -> str:
    return f"concat({', '.join(fields)})"


def type_string() -> str:
    return "varchar"
