#pragma once
// A read-only table of measured samples for the Learned models page.
#include <QAbstractTableModel>

#include "core/learned/dataset.h"

namespace rl::views {

class DatasetTableModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    explicit DatasetTableModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}
    void setDataset(const Dataset* data);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

  private:
    const Dataset* data_ = nullptr;
};

}  // namespace rl::views
