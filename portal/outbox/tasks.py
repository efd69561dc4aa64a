"""The worker's jobs for mail (run with `manage.py worker`)."""

from procrastinate import RetryStrategy
from procrastinate.contrib.django import app

from portal.outbox import delivery

# Waits of 3, 9, 27 … seconds: about 8 hours in all before a mail is marked failed for the admin.
MAIL_RETRY = RetryStrategy(max_attempts=9, exponential_wait=3)


# The alias is the name under which mails queued before the move to portal/ were stored: they are still delivered.
@app.task(queue="mail", retry=MAIL_RETRY, pass_context=True, aliases=["alliantie.outbox.tasks.deliver_mail"])
def deliver_mail(context, mail_id):
    delivery.deliver(mail_id=mail_id, final_attempt=context.job.attempts >= MAIL_RETRY.max_attempts)
