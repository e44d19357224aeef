from django.db import models


class FiscalPeriod(models.Model):
    name = models.CharField(max_length=32, unique=True)
    starts_on = models.DateField()
    ends_on = models.DateField()
    is_closed = models.BooleanField(default=False)

    def __str__(self):
        return self.name


class LedgerEntry(models.Model):
    DIRECTION_CHOICES = [("D", "Debit"), ("C", "Credit")]

    id = models.BigAutoField(primary_key=True)
    account = models.ForeignKey("accounts.Account", on_delete=models.PROTECT, related_name="ledger_entries")
    period = models.ForeignKey(FiscalPeriod, on_delete=models.PROTECT, related_name="entries")
    payment = models.ForeignKey(
        "payments.Payment", null=True, blank=True, on_delete=models.SET_NULL, related_name="ledger_entries"
    )
    invoice = models.ForeignKey(
        "billing.Invoice", null=True, blank=True, on_delete=models.SET_NULL, related_name="ledger_entries"
    )
    receipt = models.ForeignKey(
        "receipts.Receipt", null=True, blank=True, on_delete=models.SET_NULL, related_name="ledger_entries"
    )
    # Deliberately unindexed (migdesk's verify step flags it).
    currency = models.ForeignKey("core.Currency", on_delete=models.PROTECT, related_name="+", db_index=False)
    direction = models.CharField(max_length=1, choices=DIRECTION_CHOICES)
    amount = models.DecimalField(max_digits=14, decimal_places=2)
    posted_at = models.DateTimeField()
    description = models.CharField(max_length=255)

    class Meta:
        verbose_name_plural = "ledger entries"
        indexes = [
            models.Index(fields=["account", "posted_at"], name="ledger_entry_acct_posted_idx"),
        ]
        constraints = [
            models.CheckConstraint(check=models.Q(amount__gt=0), name="ledger_entry_amount_positive"),
            models.CheckConstraint(check=models.Q(direction__in=["D", "C"]), name="ledger_entry_direction_valid"),
        ]

    def __str__(self):
        return "%s %s %s" % (self.direction, self.amount, self.account_id)
