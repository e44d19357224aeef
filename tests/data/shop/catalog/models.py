from django.db import models


class Product(models.Model):
    sku = models.CharField(max_length=32, unique=True)
    title = models.TextField()
    price_cents = models.BigIntegerField(default=0)
    archived = models.BooleanField(null=True)

    class Meta:
        indexes = [models.Index(fields=["title"], name="catalog_title_idx")]
