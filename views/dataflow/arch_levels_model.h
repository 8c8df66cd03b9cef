#pragma once
// The storage levels of an architecture document as a table, one row per
// level (outermost first): name, kind, capacity, word bits, block size,
// bandwidths, instances and mesh, kept tensors (check boxes) and energy per
// action. The model reads the JSON document and never changes it: an edit
// comes out as the edited document (edited()), which the editor pushes as an
// undoable step and hands back with setDocument().
#include <QStringList>

#include "core/spec/diagnostics.h"
#include "core/spec/json_reader.h"
#include "views/dataflow/problem_cells_model.h"

namespace rl::views {

class ArchLevelsModel : public ProblemCellsModel {
    Q_OBJECT
  public:
    enum Column {
        Name,
        Kind,
        Capacity,
        WordBits,
        BlockSize,
        ReadBandwidth,
        WriteBandwidth,
        Instances,
        MeshX,
        MeshY,  // derived: instances / mesh X
        KeepsWeights,
        KeepsInputs,
        KeepsOutputs,
        ReadEnergy,
        WriteEnergy,
        UpdateEnergy,
        LeakEnergy,
        ColumnCount
    };

    explicit ArchLevelsModel(QObject* parent = nullptr);

    void setDocument(const Json& doc);
    // Marks cells with the diagnostics of the architecture document and sets
    // placed[i] for each diagnostic shown at a cell.
    void setProblems(const Diagnostics& diag, std::vector<bool>& placed);
    // The JSON key of a column inside a level ("capacity_words", "energy/read").
    static QString columnKey(int column);
    // The words naming a column in an undo entry ("capacity").
    static QString columnNoun(int column);
    // A level kind as shown ("dram" -> "DRAM").
    static QString kindLabel(const QString& kind);
    static const QStringList& kinds();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

  Q_SIGNALS:
    // An edit of one cell, as the whole new document.
    void edited(const rl::Json& doc, const QString& description, const QString& mergeKey);

  private:
    QVariant cellData(const QModelIndex& index, int role) const override;
    const Json* level(int row) const;
    const Json* cell(int row, int column) const;

    Json doc_ = Json::object();
};

}  // namespace rl::views
