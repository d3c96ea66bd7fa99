"""Catalog service on SQLAlchemy's asyncio extension."""
from __future__ import annotations

import asyncio

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

from .models import Category, Product

engine: AsyncEngine = create_async_engine("postgresql+asyncpg://catalog@db/catalog", pool_size=10)
Session = async_sessionmaker(engine, expire_on_commit=False)


async def product_page(product_id: int) -> dict:
    async with Session() as session:
        product, related = await asyncio.gather(  # expect: py-shared-connection
            session.get(Product, product_id),
            session.execute(select(Product).where(Product.related_to == product_id)),
        )
    return {"product": product, "related": related.scalars().all()}


async def category_counts(category_ids: list[int]) -> dict[int, int]:
    async with AsyncSession(engine) as session:
        counts = await asyncio.gather(  # expect: py-shared-connection
            *(session.scalar(select(func.count()).where(Product.category_id == c)) for c in category_ids)
        )
    return dict(zip(category_ids, counts))


async def category_counts_each(category_ids: list[int]) -> dict[int, int]:
    # One session per query: each gets its own connection from the engine's pool.
    async def count(category_id: int) -> int:
        async with Session() as session:
            return await session.scalar(select(func.count()).where(Product.category_id == category_id))

    counts = await asyncio.gather(*(count(c) for c in category_ids))
    return dict(zip(category_ids, counts))


async def rename_category(category_id: int, name: str) -> None:
    async with Session() as session:
        await session.execute(update(Category).where(Category.id == category_id).values(name=name))
        session.commit()  # expect: py-unawaited-coroutine


async def drop_discontinued(session: AsyncSession) -> None:
    await session.execute(delete(Product).where(Product.discontinued.is_(True)))
    await session.commit()


async def add_products(session: AsyncSession, products: list[Product]) -> None:
    session.add_all(products)
    await session.flush()
    session.refresh(products[0])  # expect: py-unawaited-coroutine


async def load_categories(session: AsyncSession, ids: list[int]) -> list[Category]:
    # One session: these run one at a time on purpose.
    return [await session.get(Category, i) for i in ids]


async def dashboard(engine: AsyncEngine) -> dict:
    async with engine.connect() as conn:
        products = await conn.execute(select(func.count()).select_from(Product))
        categories = await conn.execute(select(func.count()).select_from(Category))
    return {"products": products.scalar(), "categories": categories.scalar()}


async def shutdown() -> None:
    engine.dispose()  # expect: py-unawaited-coroutine
