package jp.renkei.counseling;

/** Someone booked this slot a moment earlier; the person sees "this slot was just taken" and fresh slots. */
public class SlotTaken extends CounselingRefused {

    public SlotTaken() {
        super("counseling.error.slotTaken");
    }
}
