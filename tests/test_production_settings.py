"""Production refuses to start half-configured, and passes Django's deployment checklist."""

from tests.factories import PRODUCTION_ENV, run_manage


def test_refuses_to_start_without_a_secret_key():
    env = dict(PRODUCTION_ENV)
    env.pop("SECRET_KEY")
    result = run_manage("check", env=env)
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_refuses_to_start_without_allowed_hosts():
    env = dict(PRODUCTION_ENV)
    env.pop("ALLOWED_HOSTS")
    result = run_manage("check", env=env)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS is not set" in result.stderr


def test_deployment_check_is_clean():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr + result.stdout
    assert "WARNINGS" not in result.stderr
