#pragma once
// Forward declarations of the Qt classes that the page headers (serving,
// training, explore) hold as pointers: a page header names what it holds
// without including the widgets, as <iosfwd> does for streams; each page's
// .cpp includes the ones it builds.

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QSplitter;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTextBrowser;
class QTimer;
