"""What the console tests share."""

API_KEY = "app-console-tests"
