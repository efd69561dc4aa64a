from django import forms
from django.utils.translation import gettext_lazy as _

MAX_ANSWER_LENGTH = 5000


def _status_text(answer):
    if answer is None:
        return ""
    if answer.is_published:
        return _("Uw antwoord staat op de website. Verandert u het, dan kijkt het secretariaat er opnieuw naar.")
    return _("Uw antwoord wacht op het secretariaat.")


class AnswersForm(forms.Form):
    """One text box per question, grouped by topic; an empty box is no answer. A box holds the coöperatie's
    current answer (waiting or published), which it may change."""

    def __init__(self, *args, topics, current, **kwargs):
        super().__init__(*args, **kwargs)
        self.topics = topics
        for topic in topics:
            for question in topic.questions.all():
                answer = current.get(question.pk)
                self.fields[self.field_name(question)] = forms.CharField(
                    label=question.text,
                    required=False,
                    max_length=MAX_ANSWER_LENGTH,
                    initial=answer.text if answer else "",
                    help_text=_status_text(answer),
                    widget=forms.Textarea(attrs={"rows": 5}),
                )

    @staticmethod
    def field_name(question):
        return f"vraag-{question.pk}"

    def groups(self):
        """[(topic, [bound field, …])] in the order of the page."""
        return [(topic, [self[self.field_name(q)] for q in topic.questions.all()]) for topic in self.topics]

    def texts(self):
        """{question: text} of every box, after is_valid()."""
        return {
            question: self.cleaned_data[self.field_name(question)]
            for topic in self.topics
            for question in topic.questions.all()
        }


class InvitationForm(forms.Form):
    cooperaties = forms.ModelMultipleChoiceField(
        label=_("Coöperaties"),
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Alleen gepubliceerde coöperaties met een contactadres staan in deze lijst."),
    )

    def __init__(self, *args, cooperaties, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["cooperaties"].queryset = cooperaties
