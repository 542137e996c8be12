"""The commands an operator runs on a deployed site (backup_site, restore_site, ensure_admin),
and what they do: an app only so that manage.py finds its commands."""
