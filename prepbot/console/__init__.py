"""The console shell around the conversation engine (`prepbot chat`) and its plain-text rendering."""
