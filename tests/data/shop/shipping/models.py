from django.db import models


class Parcel(models.Model):
    order = models.ForeignKey("sales.Order", on_delete=models.CASCADE)
    weight_grams = models.IntegerField()
