from django.forms.renderers import TemplatesSetting


class PortalFormRenderer(TemplatesSetting):
    """Every ``{{ form }}`` gets an error summary at the top that links to the fields."""

    form_template_name = "forms/form.html"
    field_template_name = "forms/field.html"
