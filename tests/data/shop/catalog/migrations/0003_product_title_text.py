# A comment with 'quotes' and "more quotes" (and brackets) that must not confuse the reader.
from django.db import migrations, models


def fill_titles(apps, schema_editor):
    Product = apps.get_model("catalog", "Product")
    Product.objects.filter(title="").update(title="untitled")


class Migration(migrations.Migration):

    dependencies = [
        ("catalog", "0002_product_price"),
    ]

    operations = [
        migrations.AlterField(model_name="product", name="title", field=models.TextField()),
        migrations.RunPython(fill_titles),  # no reverse: rollback means a restore
    ]
