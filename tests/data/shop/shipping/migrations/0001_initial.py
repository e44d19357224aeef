from django.db import migrations, models
import django.db.models.deletion


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ("sales", "0001_initial"),
    ]

    run_before = [
        ("catalog", "0004_product_archived_title_idx"),
    ]

    operations = [
        migrations.CreateModel(
            name="Parcel",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("weight_grams", models.IntegerField()),
                ("order", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to="sales.order")),
            ],
        ),
        migrations.RunSQL(
            ["CREATE INDEX shipping_parcel_weight ON shipping_parcel (weight_grams)"],
            ["DROP INDEX shipping_parcel_weight"],
        ),
    ]
