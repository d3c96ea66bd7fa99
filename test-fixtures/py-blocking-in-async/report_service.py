"""Nightly report service: fetches figures, renders a report, mails it."""
import asyncio
import json
import shutil
import smtplib
import subprocess
import time
from pathlib import Path

import requests
from requests import Session

REPORTS = Path("/var/lib/reports")
http = Session()


async def fetch_figures(api_url, token):
    headers = {"Authorization": f"Bearer {token}"}
    response = requests.get(api_url, headers=headers, timeout=10)  # asyncwise-expect: py-blocking-in-async
    response.raise_for_status()
    return response.json()


async def fetch_history(api_url):
    return http.get(f"{api_url}/history").json()  # asyncwise-expect: py-blocking-in-async


async def poll_until_ready(api_url, attempts=5):
    for _ in range(attempts):
        status = await asyncio.to_thread(requests.get, f"{api_url}/status")
        if status.ok:
            return True
        time.sleep(2)  # asyncwise-expect: py-blocking-in-async
    return False


async def load_template(name):
    template_dir = REPORTS / "templates"
    return (template_dir / name).read_text(encoding="utf-8")  # asyncwise-expect: py-blocking-in-async


async def load_settings(path):
    return json.loads(open(path).read())  # asyncwise-expect: py-blocking-in-async


async def save_report(report_id, html):
    target = REPORTS / f"{report_id}.html"
    with open(target, "w", encoding="utf-8") as out:  # asyncwise-expect: py-blocking-in-async
        out.write(html)
    shutil.copy(target, REPORTS / "latest.html")  # asyncwise-expect: py-blocking-in-async


async def ensure_report_dir(year):
    folder = REPORTS / str(year)
    if not folder.is_dir():  # asyncwise-expect: py-blocking-in-async
        folder.mkdir(parents=True)  # asyncwise-expect: py-blocking-in-async
    return folder.with_suffix("").name


async def render_pdf(html_path):
    result = subprocess.run(  # asyncwise-expect: py-blocking-in-async
        ["wkhtmltopdf", html_path, "-"],
        capture_output=True,
        check=True,
    )
    return result.stdout


async def mail_report(recipient, message):
    with smtplib.SMTP("mail.internal", 25) as smtp:  # asyncwise-expect: py-blocking-in-async
        smtp.send_message(message, to_addrs=[recipient])  # asyncwise-expect: py-blocking-in-async


async def archive_old_reports(days):
    cutoff = time.time() - days * 86400

    def sweep():
        # A plain function run in a thread: blocking is its job.
        for path in REPORTS.glob("*.html"):
            if path.stat().st_mtime < cutoff:
                shutil.move(path, REPORTS / "archive" / path.name)

    await asyncio.to_thread(sweep)


def build_all_sync(ids):
    # Synchronous entry point for cron: nothing to block.
    for report_id in ids:
        time.sleep(0.1)
        Path(f"{report_id}.done").write_text("ok")
