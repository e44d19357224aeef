from django.db import models


class Bank(models.Model):
    name = models.CharField(max_length=120)
    swift_code = models.CharField(max_length=11, unique=True)
    country = models.CharField(max_length=2)

    def __str__(self):
        return self.name


class Account(models.Model):
    """A receiving (collection) account that customer payments settle into."""

    TYPE_CHOICES = [
        ("collection", "Collection"),
        ("clearing", "Clearing"),
        ("settlement", "Settlement"),
        ("suspense", "Suspense"),
    ]

    number = models.CharField(max_length=34, unique=True)
    name = models.CharField(max_length=120)
    account_type = models.CharField(max_length=16, choices=TYPE_CHOICES, default="collection")
    bank = models.ForeignKey(Bank, on_delete=models.PROTECT, related_name="accounts")
    currency = models.ForeignKey("core.Currency", on_delete=models.PROTECT, related_name="accounts")
    sort_code = models.CharField(max_length=12, blank=True)
    opened_on = models.DateField()
    is_active = models.BooleanField(default=True)
    balance = models.DecimalField(max_digits=16, decimal_places=2, default=0)
    overdraft_limit = models.DecimalField(max_digits=14, decimal_places=2, default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return self.number
