from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [("sales", "0002_order_note")]

    operations = [
        migrations.RunSQL(
            sql="UPDATE sales_order SET note = '' "
                "WHERE note IS NULL",
            reverse_sql=migrations.RunSQL.noop,
        ),
    ]
