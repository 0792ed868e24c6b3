"""meetingdesk: the registration desk of an international meeting."""

__version__ = "0.1.0"
