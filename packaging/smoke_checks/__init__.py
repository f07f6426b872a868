"""The checks `packaging/smoke` runs on a built bundle, grouped by what they look at."""
