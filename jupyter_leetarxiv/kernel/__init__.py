"""The kernel side: the ``%%judge`` magic and the widget view beside the cell."""
