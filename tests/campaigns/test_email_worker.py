"""As deployed, emails to the public wait in the database for the worker: the visitor's answer
never waits for the mail server, and a failed send is tried again later, then kept as failed
for staff to see. The queue holds record ids, never an address."""

import io
from unittest import mock

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from campaigns.models import Signature
from campaigns.tasks import MAX_ATTEMPTS, send_email

pytestmark = pytest.mark.django_db

QUEUED = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def work():
    """Run the worker until the queue is empty. It closes database connections between tasks,
    as Django does between requests; that would end the test's transaction on PostgreSQL, so
    here (as Django's test client does) the closing is left out."""
    with mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"):
        call_command("db_worker", batch=True, no_startup_delay=True, stdout=io.StringIO())


def email_tasks():
    return DBTaskResult.objects.filter(task_path="campaigns.tasks.send_email")


@override_settings(TASKS=QUEUED)
def test_the_visitor_is_answered_before_the_email_leaves_from_the_worker(
    client, petition_en, form_data
):
    response = client.post(petition_en.url, form_data())
    assert response.status_code == 303
    assert mail.outbox == []
    (queued,) = email_tasks()
    assert "ana@example.org" not in str(queued.args_kwargs)
    work()
    assert [m.to for m in mail.outbox] == [["ana@example.org"]]
    assert email_tasks().get().status == "SUCCESSFUL"


@override_settings(TASKS=QUEUED)
def test_a_failed_send_is_tried_again_later_then_kept_as_failed(client, petition_en, form_data):
    client.post(petition_en.url, form_data())
    with mock.patch("django.core.mail.EmailMessage.send", side_effect=OSError("down")):
        work()
    retry = email_tasks().get(status="READY")
    assert retry.args_kwargs["args"][-1] == 2 and retry.run_after > timezone.now()
    pk = Signature.objects.get().pk
    with mock.patch("django.core.mail.EmailMessage.send", side_effect=OSError("down")):
        with pytest.raises(OSError):
            send_email.call("signature_confirm", pk, MAX_ATTEMPTS)
    assert mail.outbox == []
