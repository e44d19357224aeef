from django.db import models


class Customer(models.Model):
    TYPE_CHOICES = [
        ("individual", "Individual"),
        ("business", "Business"),
        ("government", "Government"),
    ]

    reference = models.CharField(max_length=20, unique=True)
    name = models.CharField(max_length=200)
    email = models.EmailField(db_index=True)
    phone = models.CharField(max_length=32, blank=True)
    tax_id = models.CharField(max_length=32, null=True, blank=True)
    preferred_language = models.CharField(max_length=8, null=True, blank=True)
    customer_type = models.CharField(max_length=16, choices=TYPE_CHOICES, default="individual")
    country = models.CharField(max_length=2)
    default_currency = models.ForeignKey("core.Currency", on_delete=models.PROTECT, related_name="+")
    settlement_account = models.ForeignKey(
        "accounts.Account", null=True, blank=True, on_delete=models.SET_NULL, related_name="customers"
    )
    credit_limit = models.DecimalField(max_digits=14, decimal_places=2, default=0)
    is_active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return self.reference
