from .api import fetch_orders, fetch_profile


async def summary(user_id):
    profile = await fetch_profile(user_id)  # asyncwise-expect: py-prefer-gather
    orders = await fetch_orders(user_id)
    return profile, orders
