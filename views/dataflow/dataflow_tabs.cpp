#include "views/dataflow/dataflow_tabs.h"

#include "views/dataflow/dataflow_page.h"
#include "views/dataflow/loop_nest_view.h"
#include "views/dataflow/mapper_view.h"
#include "views/dataflow/network_view.h"
#include "views/dataflow/pe_array_view.h"
#include "views/dataflow/step_through_view.h"
#include "views/dataflow/storage_view.h"
#include "views/dataflow/systolic_view.h"

namespace rl::views {

void addDataflowTabs(DataflowPage* page) {
    // Each view: page->addView(new XView(page), QObject::tr-able title, "key");
    page->addView(new LoopNestView(page), LoopNestView::tr("Loop nest"), "loopnest");
    page->addView(new PeArrayView(page), PeArrayView::tr("PE array"), "pe-array");
    page->addView(new StorageView(page), StorageView::tr("Storage"), "storage");
    page->addView(new StepThroughView(page), StepThroughView::tr("Step-through"), "step");
    page->addView(new MapperView(page), MapperView::tr("Mapper"), "mapper");
    addNetworkView(page);  // "network"; wires the page's model and loadProblem
    page->addView(new SystolicView(page), SystolicView::tr("Systolic"), "systolic");
}

}  // namespace rl::views
