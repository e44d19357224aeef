from django.db import models


class PaymentMethod(models.Model):
    code = models.CharField(max_length=32, unique=True)
    name = models.CharField(max_length=64)
    is_card = models.BooleanField(default=False)
    fee_percent = models.DecimalField(max_digits=5, decimal_places=2, default=0)
    is_active = models.BooleanField(default=True)

    def __str__(self):
        return self.code


class Payment(models.Model):
    STATUS_CHOICES = [
        ("pending", "Pending"),
        ("settled", "Settled"),
        ("failed", "Failed"),
        ("refunded", "Refunded"),
    ]

    reference = models.CharField(max_length=40, unique=True)
    customer = models.ForeignKey("customers.Customer", on_delete=models.PROTECT, related_name="payments")
    invoice = models.ForeignKey(
        "billing.Invoice", null=True, blank=True, on_delete=models.SET_NULL, related_name="payments"
    )
    # Indexed by payments.0003 with CREATE INDEX CONCURRENTLY (was created with db_index=False).
    method = models.ForeignKey(PaymentMethod, on_delete=models.PROTECT, related_name="payments")
    currency = models.ForeignKey("core.Currency", on_delete=models.PROTECT, related_name="+")
    amount = models.DecimalField(max_digits=14, decimal_places=2)
    fee_amount = models.DecimalField(max_digits=10, decimal_places=2, default=0)
    status = models.CharField(max_length=16, choices=STATUS_CHOICES, default="pending")
    received_at = models.DateTimeField(db_index=True)
    gateway_ref = models.CharField(max_length=64, null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.CheckConstraint(check=models.Q(amount__gt=0), name="payments_payment_amount_positive"),
        ]

    def __str__(self):
        return self.reference
