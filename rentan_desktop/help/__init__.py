"""In-app help: Markdown pages per screen under resources/help/<language>/, and the guide as a PDF."""
