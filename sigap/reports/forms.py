from django import forms

from .models import BriefSchedule


class BriefScheduleForm(forms.ModelForm):
    class Meta:
        model = BriefSchedule
        fields = ["hour"]
        widgets = {"hour": forms.NumberInput(attrs={"min": 0, "max": 23})}
