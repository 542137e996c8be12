"""The demo site that `manage.py load_demo_content` builds: content, pictures, translations."""
