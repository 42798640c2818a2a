#pragma once

class QCommandLineParser;

namespace Dossier::Gui {

// Options of the graphical mode, added to the parser before it processes.
void addOptions(QCommandLineParser &parser);

// Opens the database, creates the main window and runs the event loop (or,
// with --screenshot, renders the window to a PNG and returns).
int run(const QCommandLineParser &parser);

} // namespace Dossier::Gui
