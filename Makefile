# Two commands for a new user: `make run` and `make test`. Everything else is built on demand.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
# The address `make run` serves at: canonical links, the sitemap, feeds, share links and emails
# name it. migrate (each `make run`) and set_site_address point the Wagtail Site at it.
SITE_URL ?= http://127.0.0.1:$(PORT)
STAMP := $(VENV)/.installed

.PHONY: run test lint migrate demo serve clean browser-deps check-migrations pytest messages worker

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

node_modules/axe-core/axe.min.js: package.json
	npm install --no-audit --no-fund --silent
	touch $@

browser-deps: node_modules/axe-core/axe.min.js

migrate: $(STAMP)
	SITE_URL=$(SITE_URL) $(BIN)/python manage.py migrate --noinput

demo: migrate
	$(BIN)/python manage.py load_demo_content
	$(BIN)/python manage.py setup_groups
	$(BIN)/python manage.py ensure_admin

serve: $(STAMP)
	$(BIN)/python manage.py set_site_address $(SITE_URL)
	env SITE_URL=$(SITE_URL) $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

# Builds and loads what is missing, serves, and prints the time from the start to the first page.
run:
	@started=$$(date +%s); $(MAKE) --no-print-directory demo && \
	echo "Serving on http://127.0.0.1:$(PORT)/  (admin: http://127.0.0.1:$(PORT)/admin/)" && \
	{ $(BIN)/python -m borderhumanity.operations.first_page $$started http://127.0.0.1:$(PORT)/en/ & } && \
	exec env SITE_URL=$(SITE_URL) $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

# Interface strings: extract new ones into each language's django.po (translate them there), then
# compile the .mo files the site reads. Both files are committed.
MESSAGE_IGNORES := --ignore=node_modules --ignore=static --ignore=media --ignore=var
messages: $(STAMP)
	$(BIN)/python manage.py makemessages --all $(MESSAGE_IGNORES)
	$(BIN)/python manage.py compilemessages $(MESSAGE_IGNORES) --ignore=.venv

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

check-migrations: $(STAMP)
	DJANGO_SETTINGS_MODULE=borderhumanity.settings.test $(BIN)/python manage.py makemigrations --check --dry-run

pytest: $(STAMP) browser-deps
	$(BIN)/pytest $(PYTEST_ARGS)

test: lint check-migrations pytest

clean:
	rm -rf $(VENV) node_modules var db.sqlite3 media static

# In production (TASKS_BACKEND=database, the production default) emails to the public and
# other background tasks wait in the database until this worker sends them.
worker: $(STAMP)
	$(BIN)/python manage.py db_worker
