from django.db import models


class Invoice(models.Model):
    STATUS_CHOICES = [
        ("draft", "Draft"),
        ("open", "Open"),
        ("partially_paid", "Partially paid"),
        ("paid", "Paid"),
        ("void", "Void"),
        ("disputed", "Disputed"),
    ]

    number = models.CharField(max_length=32, unique=True)
    customer = models.ForeignKey("customers.Customer", on_delete=models.PROTECT, related_name="invoices")
    account = models.ForeignKey("accounts.Account", on_delete=models.PROTECT, related_name="invoices")
    currency = models.ForeignKey("core.Currency", on_delete=models.PROTECT, related_name="+")
    issue_date = models.DateField()
    due_date = models.DateField()
    status = models.CharField(max_length=24, choices=STATUS_CHOICES, default="open")
    subtotal = models.DecimalField(max_digits=14, decimal_places=2)
    tax_amount = models.DecimalField(max_digits=14, decimal_places=2, default=0)
    total_amount = models.DecimalField(max_digits=14, decimal_places=2)
    amount_paid = models.DecimalField(max_digits=14, decimal_places=2, default=0)
    notes = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = [
            models.Index(fields=["status", "due_date"], name="billing_inv_status_due_idx"),
        ]
        constraints = [
            models.CheckConstraint(check=models.Q(total_amount__gte=0), name="billing_invoice_total_nonneg"),
            models.CheckConstraint(
                check=models.Q(due_date__gte=models.F("issue_date")), name="billing_invoice_due_after_issue"
            ),
        ]

    def __str__(self):
        return self.number
