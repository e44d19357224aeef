# Every lexical form the migration reader meets, for the differential test against Python's
# own tokenize module (tst_djangoreader). Not a migration: never imported.
from django.db import migrations, models  # a trailing comment

x = 'single' "double" '''triple
single''' """triple
double"""
y = r'raw\d' R"RAW\n" u'unicode' f'{x!r:>10}' F"{y}" rf'{x}\d'
b = b'bytes\x00' rb'raw bytes' Br"x"
z = 0 + 1_000 + 0x1F + 0o17 + 0b1010 + 1.5 + 1e-3 + 3.14j + .5 + 5.
total = (1 +
         2) * [3,
               4][0]
joined = 1 + \
    2
mapping = {'a': 1, **{'b': 2}}
a, *rest = [1, 2, 3]
a += 1; a -= 1; a *= 2; a //= 2; a **= 1; a >>= 0; a <<= 0; a |= 0; a &= 1; a ^= 0; a @= None if False else a
lambda_ = lambda q=1, *args, **kw: q
walrus = [w for v in range(3) if (w := v) > 0]


class Migration(migrations.Migration):

    dependencies = [
        ('shop', '0001_initial'),  # comment inside brackets

    ]

    operations = [
        migrations.RunSQL(
            sql="""
                CREATE INDEX CONCURRENTLY IF NOT EXISTS i ON t (a);
            """,
            reverse_sql=migrations.RunSQL.noop,
        ),
    ]
	# a comment after a tab-indented line
def f():
	if True:
		return 'tabs'
	return None
