#include "app/gui/retranslator.h"

#include <functional>

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QGraphicsView>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSet>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabBar>
#include <QTableWidget>
#include <QTreeWidget>

#include "views/common/qcp.h"

namespace rl {
namespace gui {

namespace {
// QString::arg's markers: %1..%99, %L1 (localised numbers), %n (plurals).
const QRegularExpression& placeholderRe() {
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    return re;
}

// What QAction::toolTip() returns when no tool tip was set (Qt's qt_strippedText).
QString strippedActionText(QString s) {
    s.remove(QStringLiteral("..."));
    for (int i = 0; i < s.size(); ++i)
        if (s.at(i) == QLatin1Char('&')) s.remove(i, 1);
    return s.trimmed();
}
}  // namespace

QStringList trContexts(const QObject* o) {
    QStringList out;
    for (const QObject* p = o; p; p = p->parent())
        for (const QMetaObject* m = p->metaObject(); m; m = m->superClass()) {
            const QString name = QString::fromLatin1(m->className());
            // Qt's own classes translate themselves; ours live in namespaces.
            if (name.contains(QLatin1String("::")) && !out.contains(name)) out << name;
        }
    return out;
}

Retranslator::Retranslator(std::vector<CatalogueEntry> entries, bool shownAsTranslated)
    : entries_(std::move(entries)) {
    auto addKey = [this](const QString& key, int entry) {
        if (key.trimmed().isEmpty()) return;
        if (!placeholderRe().match(key).hasMatch()) {
            QList<int>& list = exact_[key];
            if (!list.contains(entry)) list << entry;
            return;
        }
        Pattern p{entry, {}, {}, {}, 0};
        QString re = QStringLiteral("^");
        qsizetype last = 0;
        auto literal = [&](const QString& text) {
            re += QRegularExpression::escape(text);
            p.literalLength += static_cast<int>(text.size());
            if (text.trimmed().size() > p.anchor.size()) p.anchor = text.trimmed();
        };
        for (auto it = placeholderRe().globalMatch(key); it.hasNext();) {
            const auto m = it.next();
            literal(key.mid(last, m.capturedStart() - last));
            re += QStringLiteral("(.+?)");
            p.placeholders << m.captured(1);
            last = m.capturedEnd();
        }
        literal(key.mid(last));
        // "%1" or "%1 %2" alone would match any text.
        if (p.anchor.size() < 2) return;
        p.re = QRegularExpression(re + QStringLiteral("$"),
                                  QRegularExpression::DotMatchesEverythingOption);
        patterns_.push_back(std::move(p));
    };
    for (int i = 0; i < static_cast<int>(entries_.size()); ++i) {
        const CatalogueEntry& e = entries_[static_cast<std::size_t>(i)];
        if (shownAsTranslated)
            for (const QString& t : e.translations) addKey(t, i);
        // Unfinished messages are shown in English in every language.
        addKey(e.source, i);
    }
}

int Retranslator::pick(const QList<int>& candidates, const QStringList& contexts) const {
    int best = candidates.front();
    qsizetype bestRank = contexts.size();
    for (int c : candidates) {
        const qsizetype rank = contexts.indexOf(entries_[static_cast<std::size_t>(c)].context);
        if (rank >= 0 && rank < bestRank) {
            best = c;
            bestRank = rank;
        }
    }
    return best;
}

QString Retranslator::render(int entry, const QHash<QString, QString>& values) const {
    const CatalogueEntry& e = entries_[static_cast<std::size_t>(entry)];
    bool isNumber = false;
    const int n = values.contains("n") ? values.value("n").toInt(&isNumber) : -1;
    const QByteArray context = e.context.toUtf8(), source = e.source.toUtf8(),
                     comment = e.comment.toUtf8();
    const QString text = QCoreApplication::translate(
        context.constData(), source.constData(),
        e.comment.isEmpty() ? nullptr : comment.constData(), isNumber ? n : -1);
    if (values.isEmpty()) return text;
    // The values go back where the new text wants them (word order differs
    // between languages); a value that is itself a message is translated too.
    QString out;
    qsizetype last = 0;
    for (auto it = placeholderRe().globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        if (values.contains(name)) {
            const QString v = values.value(name);
            const auto exact = exact_.constFind(v);
            out += exact == exact_.constEnd() ? v : render(exact->front(), {});
        } else {
            out += m.captured(0);
        }
        last = m.capturedEnd();
    }
    return out + text.mid(last);
}

QString Retranslator::translate(const QString& text, const QStringList& contexts) const {
    if (text.trimmed().isEmpty()) return text;
    if (const auto exact = exact_.constFind(text); exact != exact_.constEnd())
        return render(pick(*exact, contexts), {});
    const Pattern* best = nullptr;
    QRegularExpressionMatch bestMatch;
    qsizetype bestRank = 0;
    for (const Pattern& p : patterns_) {
        if (!text.contains(p.anchor)) continue;
        QRegularExpressionMatch m = p.re.match(text);
        if (!m.hasMatch()) continue;
        qsizetype rank = contexts.indexOf(entries_[static_cast<std::size_t>(p.entry)].context);
        if (rank < 0) rank = contexts.size();
        // Nearest context first, then the pattern that explains most of the text.
        if (!best || rank < bestRank ||
            (rank == bestRank && p.literalLength > best->literalLength)) {
            best = &p;
            bestMatch = m;
            bestRank = rank;
        }
    }
    if (!best) return text;
    QHash<QString, QString> values;
    for (int g = 0; g < best->placeholders.size(); ++g)
        if (!values.contains(best->placeholders[g]))
            values.insert(best->placeholders[g], bestMatch.captured(g + 1));
    return render(best->entry, values);
}

namespace {
// Calls `set` with the new text only when it differs (no needless relayouts).
template <class Set>
void update(const QString& old, const QString& now, Set set) {
    if (now != old) set(now);
}

void refreshModel(QAbstractItemModel* m) {
    // Models answer with tr() when asked: asking again is enough.
    const int rows = m->rowCount(), cols = m->columnCount();
    if (cols > 0) Q_EMIT m->headerDataChanged(Qt::Horizontal, 0, cols - 1);
    if (rows > 0) Q_EMIT m->headerDataChanged(Qt::Vertical, 0, rows - 1);
    if (rows > 0 && cols > 0) Q_EMIT m->dataChanged(m->index(0, 0), m->index(rows - 1, cols - 1));
}
}  // namespace

void Retranslator::apply(QWidget* root) const {
    QList<QObject*> objects = root->findChildren<QObject*>();
    objects.prepend(root);
    QSet<QAction*> actions;
    QSet<QAbstractItemModel*> models;
    for (QObject* o : objects) {
        if (auto* a = qobject_cast<QAction*>(o)) actions.insert(a);
        auto* w = qobject_cast<QWidget*>(o);
        if (!w) continue;
        for (QAction* a : w->actions()) actions.insert(a);
        const QStringList ctx = trContexts(w);
        auto tx = [this, &ctx](const QString& s) { return translate(s, ctx); };
        if (!w->windowTitle().isEmpty())
            update(w->windowTitle(), tx(w->windowTitle()), [w](auto t) { w->setWindowTitle(t); });
        update(w->toolTip(), tx(w->toolTip()), [w](auto t) { w->setToolTip(t); });
        update(w->statusTip(), tx(w->statusTip()), [w](auto t) { w->setStatusTip(t); });
        update(w->whatsThis(), tx(w->whatsThis()), [w](auto t) { w->setWhatsThis(t); });
        if (auto* l = qobject_cast<QLabel*>(w))
            update(l->text(), tx(l->text()), [l](auto t) { l->setText(t); });
        if (auto* b = qobject_cast<QAbstractButton*>(w))
            update(b->text(), tx(b->text()), [b](auto t) { b->setText(t); });
        if (auto* g = qobject_cast<QGroupBox*>(w))
            update(g->title(), tx(g->title()), [g](auto t) { g->setTitle(t); });
        if (auto* e = qobject_cast<QLineEdit*>(w))
            update(e->placeholderText(), tx(e->placeholderText()),
                   [e](auto t) { e->setPlaceholderText(t); });
        if (auto* s = qobject_cast<QSpinBox*>(w)) {
            update(s->suffix(), tx(s->suffix()), [s](auto t) { s->setSuffix(t); });
            update(s->prefix(), tx(s->prefix()), [s](auto t) { s->setPrefix(t); });
        }
        if (auto* s = qobject_cast<QDoubleSpinBox*>(w)) {
            update(s->suffix(), tx(s->suffix()), [s](auto t) { s->setSuffix(t); });
            update(s->prefix(), tx(s->prefix()), [s](auto t) { s->setPrefix(t); });
        }
        if (auto* s = qobject_cast<QAbstractSpinBox*>(w))
            update(s->specialValueText(), tx(s->specialValueText()),
                   [s](auto t) { s->setSpecialValueText(t); });
        if (auto* c = qobject_cast<QComboBox*>(w); c && !c->isEditable())
            for (int i = 0; i < c->count(); ++i)
                update(c->itemText(i), tx(c->itemText(i)),
                       [c, i](auto t) { c->setItemText(i, t); });
        if (auto* tabs = qobject_cast<QTabBar*>(w))
            for (int i = 0; i < tabs->count(); ++i) {
                update(tabs->tabText(i), tx(tabs->tabText(i)),
                       [tabs, i](auto t) { tabs->setTabText(i, t); });
                update(tabs->tabToolTip(i), tx(tabs->tabToolTip(i)),
                       [tabs, i](auto t) { tabs->setTabToolTip(i, t); });
            }
        if (auto* table = qobject_cast<QTableWidget*>(w)) {
            auto item = [&](QTableWidgetItem* it) {
                if (!it) return;
                update(it->text(), tx(it->text()), [it](auto t) { it->setText(t); });
                update(it->toolTip(), tx(it->toolTip()), [it](auto t) { it->setToolTip(t); });
            };
            for (int c = 0; c < table->columnCount(); ++c) item(table->horizontalHeaderItem(c));
            for (int r = 0; r < table->rowCount(); ++r) {
                item(table->verticalHeaderItem(r));
                for (int c = 0; c < table->columnCount(); ++c) item(table->item(r, c));
            }
        } else if (auto* tree = qobject_cast<QTreeWidget*>(w)) {
            std::function<void(QTreeWidgetItem*)> item = [&](QTreeWidgetItem* it) {
                if (!it) return;
                for (int c = 0; c < it->columnCount(); ++c) {
                    update(it->text(c), tx(it->text(c)), [it, c](auto t) { it->setText(c, t); });
                    update(it->toolTip(c), tx(it->toolTip(c)),
                           [it, c](auto t) { it->setToolTip(c, t); });
                }
                for (int i = 0; i < it->childCount(); ++i) item(it->child(i));
            };
            item(tree->headerItem());
            for (int i = 0; i < tree->topLevelItemCount(); ++i) item(tree->topLevelItem(i));
        } else if (auto* list = qobject_cast<QListWidget*>(w)) {
            for (int i = 0; i < list->count(); ++i) {
                QListWidgetItem* it = list->item(i);
                update(it->text(), tx(it->text()), [it](auto t) { it->setText(t); });
                update(it->toolTip(), tx(it->toolTip()), [it](auto t) { it->setToolTip(t); });
            }
        } else if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model()) {
            if (auto* standard = qobject_cast<QStandardItemModel*>(view->model())) {
                std::function<void(QStandardItem*)> item = [&](QStandardItem* it) {
                    if (!it) return;
                    update(it->text(), tx(it->text()), [it](auto t) { it->setText(t); });
                    update(it->toolTip(), tx(it->toolTip()), [it](auto t) { it->setToolTip(t); });
                    for (int r = 0; r < it->rowCount(); ++r)
                        for (int c = 0; c < it->columnCount(); ++c) item(it->child(r, c));
                };
                for (int c = 0; c < standard->columnCount(); ++c)
                    item(standard->horizontalHeaderItem(c));
                item(standard->invisibleRootItem());
            } else {
                models.insert(view->model());
            }
        }
        if (auto* plot = qobject_cast<QCustomPlot*>(w)) {
            for (QCPAxisRect* rect : plot->axisRects())
                for (QCPAxis* axis : rect->axes()) {
                    update(axis->label(), tx(axis->label()), [axis](auto t) { axis->setLabel(t); });
                    // Category axes (levels, tensor classes) name their ticks.
                    if (auto ticker = axis->ticker().dynamicCast<QCPAxisTickerText>()) {
                        QMap<double, QString> ticks = ticker->ticks();
                        for (auto it = ticks.begin(); it != ticks.end(); ++it)
                            it.value() = tx(it.value());
                        ticker->setTicks(ticks);
                    }
                }
            for (int i = 0; i < plot->plottableCount(); ++i) {
                QCPAbstractPlottable* p = plot->plottable(i);
                update(p->name(), tx(p->name()), [p](auto t) { p->setName(t); });
            }
            for (int i = 0; i < plot->itemCount(); ++i)
                if (auto* text = qobject_cast<QCPItemText*>(plot->item(i)))
                    update(text->text(), tx(text->text()), [text](auto t) { text->setText(t); });
            for (QCPLayoutElement* e : plot->plotLayout()->elements(true))
                if (auto* text = qobject_cast<QCPTextElement*>(e))
                    update(text->text(), tx(text->text()), [text](auto t) { text->setText(t); });
            plot->replot(QCustomPlot::rpQueuedReplot);
        }
        if (auto* gv = qobject_cast<QGraphicsView*>(w); gv && gv->scene())
            for (QGraphicsItem* it : gv->scene()->items()) {
                update(it->toolTip(), tx(it->toolTip()), [it](auto t) { it->setToolTip(t); });
                if (auto* s = dynamic_cast<QGraphicsSimpleTextItem*>(it))
                    update(s->text(), tx(s->text()), [s](auto t) { s->setText(t); });
                else if (auto* r = dynamic_cast<QGraphicsTextItem*>(it))
                    update(r->toPlainText(), tx(r->toPlainText()),
                           [r](auto t) { r->setPlainText(t); });
            }
        w->update();
    }
    for (QAction* a : actions) {
        const QStringList ctx = trContexts(a);
        // An action without its own tool tip or icon text shows its text:
        // setting them would cut that link.
        const bool ownTip = a->toolTip() != strippedActionText(a->text());
        const bool ownIconText = a->iconText() != strippedActionText(a->text());
        if (ownTip)
            update(a->toolTip(), translate(a->toolTip(), ctx), [a](auto t) { a->setToolTip(t); });
        if (ownIconText)
            update(a->iconText(), translate(a->iconText(), ctx),
                   [a](auto t) { a->setIconText(t); });
        update(a->text(), translate(a->text(), ctx), [a](auto t) { a->setText(t); });
        update(a->statusTip(), translate(a->statusTip(), ctx), [a](auto t) { a->setStatusTip(t); });
    }
    for (QAbstractItemModel* m : models) refreshModel(m);
}

}  // namespace gui
}  // namespace rl
