from django.db import models


class Order(models.Model):
    product = models.ForeignKey("catalog.Product", on_delete=models.PROTECT)
    quantity = models.IntegerField(default=1)
    note = models.TextField(null=True)
