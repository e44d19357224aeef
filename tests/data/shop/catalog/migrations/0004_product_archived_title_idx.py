from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [("catalog", "0003_product_title_text")]

    operations = [
        migrations.AddField("product", "archived", models.BooleanField(null=True)),
        migrations.AddIndex(
            model_name="product",
            index=models.Index(fields=["title"], name="catalog_title_idx"),
        ),
    ]
