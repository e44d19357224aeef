from django.apps import AppConfig


class OrdersConfig(AppConfig):
    name = "orders"
    # The label differs from the folder name: migdesk must read it from here.
    label = "sales"
