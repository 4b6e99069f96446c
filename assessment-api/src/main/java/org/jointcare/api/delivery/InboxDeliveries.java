package org.jointcare.api.delivery;

import org.jointcare.interop.fhir.NoticeMessages.Notice;
import org.jointcare.views.ViewPage;
import org.jointcare.views.gppractice.GpPracticeItems.GpNotice;
import org.springframework.stereotype.Component;

/**
 * Gives each notice of a GP inbox page what happened to its delivery to the practice's system
 * ({@link InboxNotice#delivery()}). The outbox is not a view, so this is read beside the view,
 * not kept in it.
 */
@Component
public class InboxDeliveries {

    private final DeliveryOutbox outbox;

    public InboxDeliveries(DeliveryOutbox outbox) {
        this.outbox = outbox;
    }

    /** @param inboxPage a page of the GP practice view's inbox, whose items are {@link GpNotice}s */
    public ViewPage<InboxNotice> withDeliveries(ViewPage<?> inboxPage) {
        return inboxPage.map(item -> {
            GpNotice notice = (GpNotice) item;
            return new InboxNotice(notice, outbox.latest(Notice.valueOf(notice.kind().name()), notice.admissionId())
                    .map(DeliveryReport::of).orElse(null));
        });
    }
}
