"""Dashboard aggregation: several independent lookups per page."""
import asyncio
from dataclasses import dataclass

import asyncpg


@dataclass
class Services:
    pool: asyncpg.Pool


async def count_users(svc: Services) -> int:
    return await svc.pool.fetchval("SELECT count(*) FROM users")


async def count_orders(svc: Services) -> int:
    return await svc.pool.fetchval("SELECT count(*) FROM orders")


async def revenue_today(svc: Services) -> float:
    return await svc.pool.fetchval("SELECT coalesce(sum(total), 0) FROM orders WHERE created::date = now()::date")


async def top_products(svc: Services, n: int = 5) -> list:
    return await svc.pool.fetch("SELECT sku, count(*) FROM order_lines GROUP BY sku ORDER BY 2 DESC LIMIT $1", n)


async def dashboard(svc: Services) -> dict:
    users = await count_users(svc)
    orders = await count_orders(svc)  # expect: py-prefer-gather
    revenue = await revenue_today(svc)
    return {"users": users, "orders": orders, "revenue": revenue}


async def dashboard_fast(svc: Services) -> dict:
    users, orders, revenue, top = await asyncio.gather(
        count_users(svc), count_orders(svc), revenue_today(svc), top_products(svc)
    )
    return {"users": users, "orders": orders, "revenue": revenue, "top": top}


async def product_details(svc: Services, skus: list[str]) -> list:
    details = []
    for sku in skus:
        details.append(await svc.pool.fetchrow("SELECT * FROM products WHERE sku = $1", sku))  # expect: py-prefer-gather
    return details


async def top_with_names(svc: Services) -> list:
    top = await top_products(svc)
    names = await svc.pool.fetch("SELECT sku, name FROM products WHERE sku = any($1)", [r["sku"] for r in top])
    return list(zip(top, names))


async def monthly_report(dsn: str) -> dict:
    conn = await asyncpg.connect(dsn)
    try:
        async with conn.transaction(isolation="repeatable_read"):
            users = await conn.fetchval("SELECT count(*) FROM users")
            orders = await conn.fetchval("SELECT count(*) FROM orders")
        return {"users": users, "orders": orders}
    finally:
        await conn.close()


async def refresh_views(conn: asyncpg.Connection) -> None:
    await asyncio.gather(  # expect: py-shared-connection
        conn.execute("REFRESH MATERIALIZED VIEW daily_sales"),
        conn.execute("REFRESH MATERIALIZED VIEW weekly_sales"),
    )


async def warm_caches(svc: Services, regions: list[str]) -> None:
    # One region at a time: each refresh locks the shared cache table.
    for region in regions:
        await svc.pool.execute("SELECT refresh_region_cache($1)", region)
