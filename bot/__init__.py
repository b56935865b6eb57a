"""The Telegram bot: a thin python-telegram-bot shell around the conversation engine (prepbot/engine.py).

bot/app.py wires handlers and jobs; bot/handlers.py holds the small async handlers; bot/render.py turns answers into
Telegram HTML under 4,096 characters; bot/callbacks.py signs and checks inline-button data.
Installed as `prepbot.bot`; `prepbot run` (prepbot/cli/bot_commands.py) starts it.
"""
