"""What Office Hours writes for people to read or import: the weekly report (json, csv,
html, pdf), the contact-terms sheet and the calendar of agreed windows. Used by the
command line and the windows alike; the PDF writer (pdf.py) is the only part that needs Qt."""
