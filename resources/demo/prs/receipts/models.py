from django.db import models


class Receipt(models.Model):
    CHANNEL_CHOICES = [
        ("email", "E-mail"),
        ("sms", "SMS"),
        ("print", "Printed"),
        ("none", "Not delivered"),
    ]

    number = models.CharField(max_length=32, unique=True)
    payment = models.OneToOneField("payments.Payment", on_delete=models.PROTECT, related_name="receipt")
    issued_at = models.DateTimeField()
    issued_by = models.CharField(max_length=150)
    delivery_channel = models.CharField(max_length=16, choices=CHANNEL_CHOICES, default="email")
    sent = models.BooleanField(default=False)
    is_void = models.BooleanField(default=False)

    class Meta:
        ordering = ["-issued_at"]

    def __str__(self):
        return self.number
