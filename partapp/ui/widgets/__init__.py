"""Small reusable widgets: labelled fields with error labels, date field, people picker."""
