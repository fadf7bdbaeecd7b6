"""PDF outputs (reportlab): feedback letters, the annual change report, plain English check."""
